import { render } from 'preact';
import { Options } from '../../extension/pages/Options';
import '../../extension/pages/styles.css';

render(<Options />, document.getElementById('app')!);
