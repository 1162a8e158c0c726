using Mosaic.Team;

namespace Mosaic.Store;

/// Scrum roles as the team configured them (`mosaic team role set`). Kept in the database, so every process that
/// opens it (the CLI, `mosaic serve`, any node) reads the same setting. Configuration belongs to the workspace, not to
/// a conversation: every viewer sees it.
public interface IRoleSettings
{
    /// Every configured holder, by role and then name.
    Task<IReadOnlyList<ConfiguredRole>> ListRolesAsync(CancellationToken ct = default);

    /// Gives the person the role. A Product Owner or Scrum Master replaces whoever held the role; a Developer is added.
    /// Idempotent: setting a role its holder already has changes nothing.
    Task SetRoleAsync(ScrumRole role, long personId, CancellationToken ct = default);

    /// Takes the role from the person, or from everyone holding it when personId is null; returns how many lost it.
    /// Idempotent: clearing a role nobody holds is not an error.
    Task<int> ClearRoleAsync(ScrumRole role, long? personId, CancellationToken ct = default);
}
