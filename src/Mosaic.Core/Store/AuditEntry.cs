using Mosaic.Permissions;

namespace Mosaic.Store;

/// One showing to record: what kind ("ask", "search"), for which request, and the row ids of the items shown.
public sealed record AuditEntry(string Action, AccessContext Access, IReadOnlyList<long> Items);
