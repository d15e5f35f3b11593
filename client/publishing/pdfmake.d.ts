// pdfmake 0.3 publishes no types; this is the part of its browser build the app uses.
declare module 'pdfmake/build/pdfmake.min.js' {
  const pdfmake: {
    addVirtualFileSystem(files: Record<string, { data: string; encoding: 'base64' }>): void;
    addFonts(fonts: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    createPdf(definition: unknown): { getBlob(): Promise<Blob> };
  };
  export default pdfmake;
}
