/**
 * The billing stores: membership tiers, billing accounts, subscriptions, invoices with their
 * gap-free numbers, payments, credit notes and the covered-periods ledger, on the seed's
 * billing tables (V7) as V16 completes them.
 */
@NullMarked
package org.namc.persistence.jpa.billing;

import org.jspecify.annotations.NullMarked;
