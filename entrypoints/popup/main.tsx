import { render } from 'preact';
import { Popup } from '../../extension/pages/Popup';
import '../../extension/pages/styles.css';

render(<Popup />, document.getElementById('app')!);
