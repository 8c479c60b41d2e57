import type { TargetSetInput } from '../schema';
import khanhSon from './khanh-son-2021-2030';
import tongKet2020 from './tong-ket-2020';
import parIndex2020 from './par-index-2020';
import bacSon2024 from './bac-son-2024';

/** The target sets that come with the add-in. Adding one = adding a data file and listing it here. */
export const allTargetSets: TargetSetInput[] = [khanhSon, bacSon2024, tongKet2020, parIndex2020];
