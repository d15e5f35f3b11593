import { describe, expect, it } from 'vitest';
import { alphaNumber, listItemMarkers, listMarker } from './listMarkers.ts';
import { doc, h, ol } from './testDoc.ts';

describe('list markers', () => {
  it('letters like CSS lower-alpha', () => {
    expect([1, 2, 7, 26, 27, 28, 52, 53, 702, 703].map(alphaNumber)).toEqual([
      'a',
      'b',
      'g',
      'z',
      'aa',
      'ab',
      'az',
      'ba',
      'zz',
      'aaa',
    ]);
  });

  it('marks lettered items a) and numbered items 1.', () => {
    expect(listMarker('lower-alpha', 3)).toBe('c)');
    expect(listMarker('decimal', 3)).toBe('3.');
  });

  it('gives every item of every ordered list its marker, honouring the start number', () => {
    const body = doc(
      h(1, 'Collective responsibilities'),
      ol('lower-alpha', ['Ensure safety', 'Identify the lead', 'Provide clarity']),
      ol('decimal', ['one', 'two'], 4),
    );
    const markers = listItemMarkers(body);
    expect([...markers.values()]).toEqual(['a)', 'b)', 'c)', '4.', '5.']);
    const [firstPos] = markers.keys();
    expect(body.nodeAt(firstPos!)?.textContent).toBe('Ensure safety');
  });
});
