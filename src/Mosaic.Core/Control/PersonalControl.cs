using Mosaic.Domain;
using Mosaic.Retrieval;
using Mosaic.Store;

namespace Mosaic.Control;

/// What people do about their own data, for every interface: list people and their links, map identities,
/// share and unshare personal items, see and export what is held about them, have it forgotten, and see who was
/// shown their personal slice. Names are resolved the same way as for questions.
public sealed class PersonalControl(IContentStore store, IDirectory directory, ISharing sharing, IPersonalData data, IAuditLog audit)
{
    private readonly NameResolver _names = new(directory);

    /// Everyone, with the links everyone may see; with a viewer, also the links only the viewer may see.
    public async Task<IReadOnlyList<Person>> PeopleAsync(string? viewer, CancellationToken ct = default)
    {
        long? viewerId = viewer is null ? null : (await _names.PersonAsync(viewer, ct)).Id;
        return await directory.ListPeopleAsync(viewerId, ct);
    }

    /// Applies an identity mapping file. Every person in it must be known; nothing changes otherwise.
    public async Task<int> MapAsync(IReadOnlyList<IdentityMapEntry> entries, CancellationToken ct = default)
    {
        var links = new List<IdentityLink>();
        foreach (var entry in entries)
        {
            var person = PersonRef.Mosaic((await _names.PersonAsync(entry.Person, ct)).Id);
            links.AddRange(entry.Emails.Select(e => new IdentityLink(person, new Identity(IdentityKind.Email, e.Trim()) { Origin = "map" }, null)));
            links.AddRange(entry.Names.Select(n => new IdentityLink(person, new Identity(IdentityKind.RealName, n.Trim()) { Origin = "map" }, null)));
        }

        await store.WriteAsync(ImportBatch.OfItems("identity map", [], [], []) with { Links = links }, ct);
        return links.Count;
    }

    public async Task<(Conversation Conversation, bool Changed)> ShareAsync(string itemId, string owner, string conversation, CancellationToken ct = default)
    {
        var (person, target) = await OwnerAndConversationAsync(owner, conversation, ct);
        return (target, await sharing.ShareAsync(itemId, person.Id, target.Id, ct));
    }

    public async Task<(Conversation Conversation, bool Changed)> UnshareAsync(string itemId, string owner, string conversation, CancellationToken ct = default)
    {
        var (person, target) = await OwnerAndConversationAsync(owner, conversation, ct);
        return (target, await sharing.UnshareAsync(itemId, person.Id, target.Id, ct));
    }

    public async Task<PersonalData> MeAsync(string person, CancellationToken ct = default) =>
        await data.GetAsync((await _names.PersonAsync(person, ct)).Id, ct);

    public async Task<ForgetResult> ForgetAsync(string person, long? sourceId, bool wholeSlice, IReadOnlyList<string> items, CancellationToken ct = default)
    {
        var id = (await _names.PersonAsync(person, ct)).Id;
        var chosen = (sourceId is null ? 0 : 1) + (wholeSlice ? 1 : 0) + (items.Count > 0 ? 1 : 0);
        if (chosen != 1)
        {
            throw new MosaicException("Say what to forget: one personal source (--source ID), your whole personal slice (--personal), or items (--item ID …).");
        }

        var request = sourceId is { } source ? ForgetRequest.Source(id, source) : wholeSlice ? ForgetRequest.Slice(id) : ForgetRequest.Items(id, items);
        return await data.ForgetAsync(request, ct);
    }

    public async Task<(Person Person, IReadOnlyList<AuditRecord> Records)> AuditAsync(string person, CancellationToken ct = default)
    {
        var owner = await _names.PersonAsync(person, ct);
        return (owner, await audit.ShownFromSliceOfAsync(owner.Id, ct));
    }

    private async Task<(Person Person, Conversation Conversation)> OwnerAndConversationAsync(string owner, string conversation, CancellationToken ct)
    {
        var person = await _names.PersonAsync(owner, ct);
        return (person, await _names.ConversationAsync(conversation, person, ct));
    }
}
