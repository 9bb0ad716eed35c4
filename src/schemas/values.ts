/**
 * The values of the enum fields that describe platforms and models, as plain lists.
 * The schemas (traits.ts) build their enums from these; the course logic and browser code (the decision
 * guide) import them from here, so each list lives once and no validation library ships to the browser.
 * This module imports nothing, so data flows one way: the schemas never import the course logic.
 */
export const sellerProfiles = ['manufacturer', 'trading-company', 'brand-owner', 'small-retailer', 'individual', 'maker'] as const;
export const buyerTypes = ['businesses', 'consumers'] as const;
export const orderSizes = ['bulk', 'small-batch', 'single-item'] as const;
export const productKinds = ['manufactured', 'own-brand', 'handmade-vintage', 'general-merchandise', 'secondhand'] as const;
export const controlLevels = ['low', 'medium', 'high'] as const;
/** Regions buyers come from. `global` means no region dominates. */
export const buyerRegions = ['global', 'north-america', 'europe', 'asia-pacific', 'china', 'latin-america', 'middle-east-africa'] as const;
/**
 * Lifecycle of a platform, or how sure the course is of its identity: `tentative` when the textbook's name
 * most likely means a known platform, `unidentified` when no platform of that name can be found.
 */
/** How much the platform stands between buyer and seller money, from most to least (the comparison sorts in this order). */
export const paymentProtections = ['escrow', 'platform-guarantee', 'managed-payments', 'none', 'unknown'] as const;
/** How much of shipping the platform takes on, from most to least (the comparison sorts in this order). */
export const logisticsSupports = ['platform-fulfillment', 'partner-network', 'none', 'unknown'] as const;
export const platformStatuses = ['active', 'acquired', 'closed', 'tentative', 'unidentified'] as const;
/** The steps of a cross-border order, in order (the introduction names them; model lessons say who does each). */
export const journeySteps = ['listing', 'payment', 'logistics', 'customs', 'delivery', 'payout'] as const;
/** Who does a step of an order: `third-party` is a bank, card processor, carrier or freight forwarder. */
export const journeyActors = ['seller', 'platform', 'buyer', 'third-party'] as const;
