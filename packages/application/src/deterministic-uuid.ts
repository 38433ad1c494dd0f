export { deterministicUuid } from '@cadre/domain';
