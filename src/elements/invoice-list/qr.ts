import { svg } from 'lit';
import { encode } from 'uqr';

// The transfer's EPC QR code, drawn from its payload: loaded only when the transfer details open.

/**
 * The code as an SVG image named by `label` (its text alternative): one path
 * of dark modules, with a quiet zone of four modules, error correction M as
 * EPC069-12 asks.
 */
export function qrCode(payload: string, label: string) {
  const { data, size } = encode(payload, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return svg`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${size} ${size}"
    shape-rendering="crispEdges"
  >
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
