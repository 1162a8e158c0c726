using System.Text;
using Mosaic.Control;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Permissions;

/// Forgetting removes items from the store, the index and what was derived from them, and the bytes leave the
/// database file.
public sealed class ForgetTests : WorkspaceTest
{
    // Words no other text shares a prefix with, so they would show in the index's pages if they stayed.
    private const string Secret = "Qwzyxomelt vaultcode Jqpfrangible-8814";

    private PersonalControl _control = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _control = new PersonalControl(Store, Store, Store, Store, Store);
    }

    private byte[] FileBytes() => new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" }
        .Where(File.Exists)
        .SelectMany(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        })
        .ToArray();

    private bool FileContains(string text)
    {
        var bytes = FileBytes();
        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0
            || bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text.ToLowerInvariant())) >= 0;
    }

    [Fact]
    public async Task ForgettingAnItem_LeavesNoTraceInTheDatabaseFile()
    {
        var ids = await AddPersonalAsync(Store, Maya, "notes", ("vault.md#top", $"Vault notes\n{Secret}"), ("todo.md#top", "Buy milk"));
        Assert.Single(await SearchIdsAsync(Store, "maya", "vaultcode"));
        Assert.True(FileContains("Qwzyxomelt"), "the test must first see the secret in the file");

        var result = await _control.ForgetAsync("maya", null, false, [ids[0]]);

        Assert.Equal(1, result.Items);
        Assert.Empty(await SearchIdsAsync(Store, "maya", "vaultcode"));
        Assert.Single(await SearchIdsAsync(Store, "maya", "milk"));
        foreach (var word in new[] { "Qwzyxomelt", "vaultcode", "Jqpfrangible", "qwzyxomelt", "jqpfrangibl" })
        {
            Assert.False(FileContains(word), $"\"{word}\" is still in the database file");
        }
    }

    [Fact]
    public async Task ForgottenItems_StayOutOfLaterImports()
    {
        var ids = await AddPersonalAsync(Store, Maya, "notes", ("vault.md#top", Secret));
        await _control.ForgetAsync("maya", null, false, ids);

        await AddPersonalAsync(Store, Maya, "notes", ("vault.md#top", Secret));

        Assert.Empty(await SearchIdsAsync(Store, "maya", "vaultcode"));
        Assert.False(FileContains("Qwzyxomelt"));
    }

    [Fact]
    public async Task ForgettingASource_RemovesAllItsItems_AndTheSourceItself()
    {
        await AddPersonalAsync(Store, Maya, "mail", ("a@x", $"Mail {Secret}"), ("b@x", "Mail about the osprey"));
        await AddPersonalAsync(Store, Maya, "notes", ("n.md#top", "Notes about the osprey"));
        var source = (await _control.MeAsync("maya")).Sources.Single(s => s.Kind == "mail");

        var result = await _control.ForgetAsync("maya", source.Id, false, []);

        Assert.Equal((2, 1), (result.Items, result.Sources));
        Assert.Equal(["notes:U01MAYA/n.md#top"], await SearchIdsAsync(Store, "maya", "osprey"));
        Assert.DoesNotContain((await _control.MeAsync("maya")).Sources, s => s.Kind == "mail");
        Assert.False(FileContains("Qwzyxomelt"));
    }

    [Fact]
    public async Task ForgettingTheWholeSlice_LeavesTheirConversationsAlone()
    {
        await AddPersonalAsync(Store, Maya, "mail", ("a@x", "Mail about the flamingo"));
        await AddPersonalAsync(Store, Maya, "calendar", ("e1", "Flamingo review meeting"));

        var result = await _control.ForgetAsync("maya", null, true, []);

        Assert.Equal(2, result.Items);
        Assert.All(await SearchIdsAsync(Store, "maya", "flamingo"), id => Assert.StartsWith("slack:", id));
        Assert.Equal(4, (await SearchIdsAsync(Store, "maya", "flamingo")).Count);
    }

    [Fact]
    public async Task ForgettingSomeoneElsesItem_IsRefused_AndRemovesNothing()
    {
        var ids = await AddPersonalAsync(Store, Maya, "notes", ("vault.md#top", Secret));

        var error = await Assert.ThrowsAsync<MosaicException>(() => _control.ForgetAsync("priya", null, false, [ids[0], Id(Dev, "1757412100.000100")]));

        Assert.Contains("Nothing was forgotten", error.Message);
        Assert.Single(await SearchIdsAsync(Store, "maya", "vaultcode"));
        Assert.Contains(Id(Dev, "1757412100.000100"), await SearchIdsAsync(Store, "maya", "flamingo migration script"));
    }

    [Fact]
    public async Task ForgettingAMessageTheyWrote_RemovesItForEveryone()
    {
        await _control.ForgetAsync("priya", null, false, [Id(Dev, "1757412100.000100")]);

        Assert.Empty(await SearchIdsAsync(Store, "lena", "migration script"));
        Assert.False(FileContains("migration script is ready"));
    }

    [Fact]
    public async Task TheAuditLog_KeepsWhoSawWhat_ButNotTheForgottenItemsId()
    {
        var ids = await AddPersonalAsync(Store, Maya, "notes", ("vault.md#top", Secret));
        await Queries(Store).AskAsync(await RequestAsync(Store, "maya"), "what is the vaultcode?");

        var before = (await _control.AuditAsync("maya")).Records;
        await _control.ForgetAsync("maya", null, false, ids);
        var after = (await _control.AuditAsync("maya")).Records;

        Assert.Equal([ids[0]], Assert.Single(before).Items);
        var record = Assert.Single(after);
        Assert.Equal(["(forgotten)"], record.Items);
        Assert.Equal("maya", record.Asker);
        Assert.False(FileContains("vault.md"));
    }

    [Fact]
    public async Task ForgetNeedsExactlyOneThingToForget()
    {
        var error = await Assert.ThrowsAsync<MosaicException>(() => _control.ForgetAsync("maya", 1, true, []));

        Assert.Contains("Say what to forget", error.Message);
    }
}
