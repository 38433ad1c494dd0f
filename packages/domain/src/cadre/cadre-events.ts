import type { DomainEvent } from '../aggregate.js';
import type { CadreProfile } from './cadre-profile.js';
import type { Post } from './post.js';

export type CadreRegistered = DomainEvent<'CadreRegistered', { cadreId: string; profile: CadreProfile }>;
export type CadreAppointed = DomainEvent<'CadreAppointed', { cadreId: string } & Post>;

export type CadreEvent = CadreRegistered | CadreAppointed;
