using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Retrieval;

namespace Mosaic.Requests;

/// The audience rule's front door, used by every interface: an asker, and optionally the conversation the
/// result will be shown in. Showing it in a conversation makes its current members the audience, and is only
/// possible for a current member of it.
public sealed class RequestFactory(NameResolver names)
{
    public async Task<Request> CreateAsync(string asker, string? shownIn, CancellationToken ct = default) =>
        await CreateAsync(await names.PersonAsync(asker, ct), shownIn, ct);

    public async Task<Request> CreateAsync(Person person, string? shownIn, CancellationToken ct = default)
    {
        if (shownIn is null)
        {
            return new Request(person, null, AccessContext.ForAsker(person.Id));
        }

        var conversation = await names.ConversationAsync(shownIn, person, ct);
        if (!conversation.IsMember)
        {
            throw new NotAllowedException(
                $"{person.Handle} is not a member of {conversation.Label}; an answer can be shown only in a conversation the asker belongs to.");
        }

        return new Request(person, conversation, AccessContext.InConversation(person.Id, conversation.Id));
    }
}
