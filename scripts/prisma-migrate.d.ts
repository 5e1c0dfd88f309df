// @prisma/migrate ships no type declarations; scripts/schema-engine.ts uses only these.
declare module '@prisma/migrate' {
  export const SchemaEngineWasm: {
    setup(options: { adapter: unknown }): Promise<{
      applyMigrations(input: unknown): Promise<unknown>;
      migrateDiff(input: unknown): Promise<unknown>;
      stop?(): Promise<void> | void;
    }>;
  };
}
