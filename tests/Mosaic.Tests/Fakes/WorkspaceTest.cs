using Mosaic.Store.Sqlite;

namespace Mosaic.Tests.Fakes;

/// A test class with its own folder and a store holding an imported workspace (TestWorkspace.Basic unless
/// Workspace is overridden), removed afterwards.
public abstract class WorkspaceTest : IAsyncLifetime
{
    protected TempFolder Temp { get; } = new();

    protected SqliteContentStore Store { get; private set; } = null!;

    /// The database file the store was opened on.
    protected string DatabasePath => Temp.File("export.db");

    protected virtual SlackExportBuilder Workspace() => TestWorkspace.Basic();

    public virtual async ValueTask InitializeAsync() => (Store, _) = await TestWorkspace.ImportAsync(Workspace(), Temp);

    public virtual async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
