/**
 * Per-document state of the Dockerfile features: the last model (so an edit re-parses only what
 * changed) and the last validation (so code actions and a repeated request reuse it).
 * Pure: the service owns one of these and drops a document's state on `forget`.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../../l10n';
import type { Settings } from '../settings';
import { updateModel, type DockerfileModel } from './model';
import type { Diagnostic } from 'vscode-languageserver-types';
import { validateDockerfile } from './validation';

interface Entry {
  model: DockerfileModel;
  validation?: { locale: Locale; settings: Settings; diagnostics: Diagnostic[] };
}

export class DockerfileDocuments {
  private readonly entries = new Map<string, Entry>();

  model(document: TextDocument): DockerfileModel {
    const text = document.getText();
    const prev = this.entries.get(document.uri);
    if (prev && prev.model.text === text) return prev.model;
    const model = updateModel(prev?.model, text);
    this.entries.set(document.uri, { model });
    return model;
  }

  validate(document: TextDocument, locale: Locale, settings: Settings): Diagnostic[] {
    const model = this.model(document);
    const entry = this.entries.get(document.uri)!;
    const v = entry.validation;
    if (v && v.locale === locale && v.settings === settings) return v.diagnostics;
    const diagnostics = validateDockerfile(model, locale, settings);
    entry.validation = { locale, settings, diagnostics };
    return diagnostics;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
