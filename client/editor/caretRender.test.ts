import { describe, expect, it } from 'vitest';
import { caretColor, renderSelection } from './caretRender.ts';

describe('remote caret colours', () => {
  it('keeps a #rrggbb colour and replaces anything else', () => {
    expect(caretColor({ color: '#b91c1c' })).toBe('#b91c1c');
    expect(caretColor({ color: 'red; background-image: url(https://example.org/x)' })).toBe(
      '#1d4ed8',
    );
    expect(caretColor({})).toBe('#1d4ed8');
  });

  it('never lets a peer’s colour add rules to the selection’s style', () => {
    const { style } = renderSelection({ color: '#000; position: fixed' });
    expect(style).toBe('background-color: #1d4ed833');
  });
});
