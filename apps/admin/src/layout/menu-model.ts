import type { RouteMeta, RouteRecordRaw } from 'vue-router';

export interface MenuItem {
  path: string;
  /** The route's name (`nav.<name>` is its label when the locale has one), else its zh-CN title. */
  name?: string;
  title: string;
  icon?: string;
  /** `nav-<name>`, or the path's words: what tests and people find the entry by. */
  test: string;
}

export interface MenuGroup {
  /** The group's zh-CN name; '' for the entries listed at the top level. */
  title: string;
  items: MenuItem[];
}

function listed(route: RouteRecordRaw): route is RouteRecordRaw & { meta: RouteMeta & { title: string } } {
  return (
    Boolean(route.meta?.title) && !route.meta?.hideInMenu && !route.meta?.public && !route.path.includes(':')
  );
}

/**
 * The menu, from the routes and what the caller may open: every titled page without parameters, in the
 * routes' order, grouped by `meta.menuGroup` (groups in order of their first page; ungrouped pages first).
 */
export function buildMenu(
  routes: readonly RouteRecordRaw[],
  mayOpen: (meta: RouteMeta) => boolean,
): MenuGroup[] {
  const groups = new Map<string, MenuItem[]>([['', []]]);
  for (const route of routes) {
    if (!listed(route) || !mayOpen(route.meta)) continue;
    const group = route.meta.menuGroup ?? '';
    const name = typeof route.name === 'string' ? route.name : undefined;
    const item: MenuItem = {
      path: route.path,
      title: route.meta.title,
      test: `nav-${name ?? route.path.split('/').filter(Boolean).join('-')}`,
      ...(name ? { name } : {}),
      ...(route.meta.icon ? { icon: route.meta.icon } : {}),
    };
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  return [...groups].map(([title, items]) => ({ title, items })).filter((group) => group.items.length > 0);
}

/** The menu entry a path belongs to: its own, or its list's (`meta.parent`: a dossier → the roster). */
export function activeEntry(path: string, meta: RouteMeta): string {
  return meta.parent ?? path;
}
