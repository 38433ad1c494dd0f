/** The error paths of a departments list of `count` rows under `path` (see DepartmentsField). */
export function departmentFields(path: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => [
    `${path}.${index}.code`,
    `${path}.${index}.name`,
  ]).flat();
}
