/** Languages of the interface and of every text the add-in writes: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';
