import { render } from 'preact';
import { DataPanel } from '../../components/options/DataPanel';
import '../../components/options/options.css';
import { sendMessage } from '../../lib/messages/send';

const app = document.getElementById('app');
if (app) render(<DataPanel send={sendMessage} storage={navigator.storage} />, app);
