import { z } from 'zod';

/** 内挖潜力 + 外学先进: sessions in the township, or study trips elsewhere (外出实训). */
export const trainingKind = z.enum(['INTERNAL', 'EXTERNAL']);
