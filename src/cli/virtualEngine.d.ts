/** `virtual:cyclemap-engine` (from `engineBundlePlugin.ts`): the bundled engine, for `machineModuleOf`. */
declare module 'virtual:cyclemap-engine' {
  const engineCode: string;
  export default engineCode;
}
