using System.Text;
using Meldcode.Web.Security;

namespace Meldcode.Web.Tests.Security;

/// <summary>What is left of a posted form once its NUL characters are taken out.</summary>
public sealed class NulCharacterFormFilterTests
{
    [Theory]
    [InlineData("Text=Moeder%00+belde", "Text=Moeder+belde")]
    [InlineData("Text=%00%00a%00&Other=b%00", "Text=a&Other=b")]
    [InlineData("Text=100%2500+zeker", "Text=100%2500+zeker")] // "100%00 zeker" as typed: a percent sign, not a NUL
    [InlineData("Text=niets+bijzonders", "Text=niets+bijzonders")]
    [InlineData("", "")]
    public void Only_encoded_NUL_characters_are_removed(string posted, string left)
    {
        Assert.Equal(left, Encoding.ASCII.GetString(NulCharacterFormFilter.WithoutEncodedNul(Encoding.ASCII.GetBytes(posted))));
    }
}
