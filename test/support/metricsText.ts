/**
 * Fetches `${url}/metrics` and returns each sample line's value by its series, the text
 * before the value exactly as exposed: `relay_rejected_total{reason="malformed"}`.
 */
export async function readMetrics(url: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    values.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return values;
}

/** `relay_rejected_total{reason="…"}` right now. */
export async function rejectedCount(url: string, reason: string): Promise<number> {
  return (await readMetrics(url)).get(`relay_rejected_total{reason="${reason}"}`) ?? NaN;
}
