namespace Mosaic.Domain;

public enum ConversationKind
{
    PublicChannel,
    PrivateChannel,
    DirectMessage,
    GroupDirectMessage,
}
