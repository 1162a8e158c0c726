using Mosaic.Domain;
using Mosaic.Permissions;

namespace Mosaic.Requests;

/// Who asks and where the result will be shown, resolved and turned into the AccessContext every read takes.
/// AudienceLabel says who will see the result: "you", or the conversation's label.
public sealed record Request(Person Asker, Conversation? ShownIn, AccessContext Access)
{
    public string AudienceLabel => ShownIn?.Label ?? "you";
}
