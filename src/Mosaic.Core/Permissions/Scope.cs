namespace Mosaic.Permissions;

public enum ScopeKind
{
    Conversation,
    Personal,
    Workspace,
}

/// Who an item belongs to. Exactly one of: a conversation (its current members see it),
/// one person's personal slice (only they see it), or the whole workspace.
public sealed record Scope
{
    private Scope(ScopeKind kind, string? source, string? conversationNativeId, Domain.PersonRef? owner)
    {
        Kind = kind;
        Source = source;
        ConversationNativeId = conversationNativeId;
        Owner = owner;
    }

    public ScopeKind Kind { get; }
    public string? Source { get; }
    public string? ConversationNativeId { get; }
    public Domain.PersonRef? Owner { get; }

    public static Scope Conversation(string source, string nativeId) => new(ScopeKind.Conversation, source, nativeId, null);
    public static Scope Personal(Domain.PersonRef owner) => new(ScopeKind.Personal, null, null, owner);
    public static Scope Workspace { get; } = new(ScopeKind.Workspace, null, null, null);
}
