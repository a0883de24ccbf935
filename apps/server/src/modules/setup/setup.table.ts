export interface InstallationTable {
  id: number;
  setupAt: number;
  setupBy: string;
}
