namespace Mosaic.Store;

/// What forgetting removed: items, personal sources and identity links learned from them; and how many audit
/// records had the forgotten items' ids cleared.
public sealed record ForgetResult(int Items, int Sources, int IdentityLinks, int AuditRecordsRedacted);
