import { css } from 'lit';

/**
 * Layout specific to `<family-documents>`: each document a card at every
 * width (its title wraps, however long), its facts on one line when they fit,
 * the proof form in a panel, the upload's progress bar as wide as the form.
 */
export const familyDocumentsStyles = css`
  :host {
    overflow-wrap: anywhere;
    --_success: var(--fp-color-success, #00703c);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .section {
    margin-bottom: calc(var(--_space) * 4);
  }
  .documents {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .document {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .document__title {
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  .document__facts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .document__category {
    color: inherit;
  }
  .document__download .button {
    max-width: 100%;
  }
  .filter .input {
    max-width: 100%;
  }
  .empty {
    color: var(--_muted);
  }
  .callout--success {
    border-left: 5px solid var(--_success);
  }
  .proof {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .proof .input,
  .proof input[type='file'] {
    max-width: 100%;
  }
  .chosen-file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .upload {
    margin: calc(var(--_space) * 2) 0;
  }
  .upload progress {
    display: block;
    width: 100%;
    height: 1rem;
    accent-color: var(--_primary);
  }
`;
