// Who may do what in a business's admin: one table, read by the server (every page,
// action and route handler) and by the UI (a button the role lacks is not shown).
const ROLES = ['owner', 'admin', 'staff'] as const;
type TRole = (typeof ROLES)[number];

const PERMISSIONS = {
  'clients.read': ['owner', 'admin', 'staff'],
  'clients.write': ['owner', 'admin', 'staff'],
  'clients.export': ['owner', 'admin'],
  'clients.import': ['owner', 'admin'],
  'appointments.write': ['owner', 'admin', 'staff'],
  'documents.write': ['owner', 'admin', 'staff'],
  'invoices.write': ['owner', 'admin'],
  'pages.write': ['owner', 'admin'],
  'staff.manage': ['owner', 'admin'],
  'owners.manage': ['owner'],
  'settings.write': ['owner', 'admin'],
  'billing.write': ['owner'],
  'audit.read': ['owner', 'admin'],
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof PERMISSIONS;

const isRole = (value: unknown): value is TRole => (ROLES as readonly unknown[]).includes(value);

/** Whether this role has this permission; an unknown role has none. */
export function can(role: string, permission: TPermission): boolean {
  return isRole(role) && (PERMISSIONS[permission] as readonly TRole[]).includes(role);
}
