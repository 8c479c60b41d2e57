import type { TemplateInput } from '../catalogue/schema';
import dinhKy from './dinh-ky';
import tongKetPl1 from './tong-ket-pl1';
import tongKetPl2 from './tong-ket-pl2';
import tongKetPl3 from './tong-ket-pl3';
import tongKetPl4 from './tong-ket-pl4';
import tongKetPl5 from './tong-ket-pl5';
import tongKetPl6 from './tong-ket-pl6';
import tongKetPl7 from './tong-ket-pl7';
import tongKetPl8 from './tong-ket-pl8';
import tongKetHuyenPl2 from './tong-ket-huyen-pl2';
import parIndex from './par-index';
import tienDoHuyen from './tien-do-huyen';

/** The catalogue in display order. Adding a template = adding a data file and listing it here. */
export const allTemplates: TemplateInput[] = [
  dinhKy,
  tongKetPl1,
  tongKetPl2,
  tongKetPl3,
  tongKetPl4,
  tongKetPl5,
  tongKetPl6,
  tongKetPl7,
  tongKetPl8,
  tongKetHuyenPl2,
  tienDoHuyen,
  parIndex,
];
