namespace Mosaic.Sample;

/// Slack-looking ids ("F0K3Q7ZT2X") derived from a number, so generated ids are stable and unique.
internal static class SampleSlackIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Make(char prefix, int number)
    {
        // The multiplier is coprime to 34^8, so this scatters consecutive numbers without collisions.
        var value = (ulong)number * 2_654_435_761UL % 1_785_793_904_896UL;
        var chars = new char[8];
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value % (ulong)Alphabet.Length)];
            value /= (ulong)Alphabet.Length;
        }
        return $"{prefix}0{new string(chars)}";
    }
}
