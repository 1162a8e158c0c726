namespace Mosaic.Sample;

/// Which export file lists a conversation: channels.json, groups.json, dms.json or mpims.json.
internal enum SampleConversationType
{
    PublicChannel,
    PrivateChannel,
    DirectMessage,
    GroupMessage,
}
