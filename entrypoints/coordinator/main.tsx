import { render } from 'preact';
import { Coordinator } from '../../extension/pages/Coordinator';
import '../../extension/pages/styles.css';

render(<Coordinator />, document.getElementById('app')!);
