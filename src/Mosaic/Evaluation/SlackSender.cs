namespace Mosaic.Evaluation;

/// Someone who may post in a conversation: a member of it, so posting changes no membership.
internal sealed record SlackSender(string Channel, string ChannelType, string User);
