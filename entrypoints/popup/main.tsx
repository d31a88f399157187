import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { sendMessage } from '../../lib/messages/send';
import { updatePrefs } from '../../lib/prefs';

const app = document.getElementById('app');
if (app) {
  render(
    <Popup
      send={sendMessage}
      onToggleSidebar={() => void updatePrefs((prefs) => ({ sidebarOpen: !prefs.sidebarOpen }))}
      onDone={() => window.close()}
    />,
    app,
  );
}
