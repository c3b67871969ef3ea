import { css } from 'lit';

/**
 * Layout specific to `<parent-register>`'s form; shared field, button and
 * panel styles come from coreStyles and formStyles, those of the later
 * screens with their parts (screens.styles.ts).
 */
export const parentRegisterStyles = css`
  .read-only {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin-bottom: calc(var(--fp-space, 8px) * 3);
  }
  .read-only-value {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
