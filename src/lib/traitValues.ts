/**
 * The values of the fields that describe who a platform or model fits, as plain lists.
 * The schemas (src/schemas/traits.ts) build their enums from these, and browser code (the decision
 * guide) imports them from here, so the lists live once and no validation library ships to the browser.
 */
export const sellerProfiles = ['manufacturer', 'trading-company', 'brand-owner', 'small-retailer', 'individual', 'maker'] as const;
export const buyerTypes = ['businesses', 'consumers'] as const;
export const orderSizes = ['bulk', 'small-batch', 'single-item'] as const;
export const productKinds = ['manufactured', 'own-brand', 'handmade-vintage', 'general-merchandise', 'secondhand'] as const;
export const controlLevels = ['low', 'medium', 'high'] as const;
/** Regions buyers come from. `global` means no region dominates. */
export const buyerRegions = ['global', 'north-america', 'europe', 'asia-pacific', 'china', 'latin-america', 'middle-east-africa'] as const;
