import { render } from 'preact';
import { DataPanel } from '../../components/options/DataPanel';
import { BoilerplatePanel } from '../../components/options/boilerplate/BoilerplatePanel';
import { LibraryTransfer } from '../../components/options/boilerplate/LibraryTransfer';
import { PolicySettings } from '../../components/options/policy/PolicySettings';
import { ProfilePanel } from '../../components/options/ProfilePanel';
import '../../components/theme.css';
import '../../components/options/options.css';
import { readAgentName, saveAgentName } from '../../lib/compose/agent-name';
import { sendMessage } from '../../lib/messages/send';

const app = document.getElementById('app');
if (app) {
  render(
    <>
      <DataPanel send={sendMessage} storage={navigator.storage} />
      <ProfilePanel load={readAgentName} save={saveAgentName} />
      <BoilerplatePanel send={sendMessage} />
      <LibraryTransfer send={sendMessage} />
      <PolicySettings send={sendMessage} />
    </>,
    app,
  );
}
