// pdfmake 0.3 publishes no types; this is the part of its Node entry the relay uses.
declare module 'pdfmake' {
  const pdfmake: {
    addFonts(fonts: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: unknown): { getBuffer(): Promise<Uint8Array> };
  };
  export default pdfmake;
}
