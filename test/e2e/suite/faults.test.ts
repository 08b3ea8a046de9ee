/**
 * Faults in a real VS Code: the language server's process is killed, as a crash or the system
 * would; the client starts a new one, says so, and every feature answers again.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KubeGuideApi } from '../../../client/src/extension';
import { t } from '../../../server/src/l10n';
import { EXTENSION_ID, hoverText, open, positionOf, waitFor, workspaceFile } from './util';

describe('Kube Guide when its language server dies', () => {
  it('starts a new server, tells the user, and answers again', async () => {
    const api = (await vscode.extensions.getExtension<KubeGuideApi>(EXTENSION_ID)!.activate()) as KubeGuideApi;
    const editor = await open(workspaceFile('web.yaml'));
    const at = positionOf(editor.document, 'kind: Deployment');
    const hover = async () => hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at)) ?? []);
    await waitFor('a hover before the kill', async () => (await hover()).includes(t('en', 'hover.kind.body')));
    const { pid } = await api.serverInfo();

    process.kill(pid, 'SIGKILL');

    const next = await waitFor('a new server process', async () => {
      try {
        const info = await api.serverInfo();
        return info.pid !== pid ? info : undefined;
      } catch {
        return undefined; // between the death and the restart
      }
    });
    assert.notEqual(next.pid, pid);
    assert.equal(api.lastNotice(), t('en', 'client.serverRestarted'));
    await waitFor('a hover from the new server', async () => (await hover()).includes(t('en', 'hover.kind.body')));
  });
});
