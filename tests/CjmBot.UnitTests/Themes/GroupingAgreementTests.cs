using CjmBot.Themes;
using Xunit;

namespace CjmBot.UnitTests.Themes;

public sealed class GroupingAgreementTests
{
    [Fact]
    public void SameGrouping_UnderOtherNames_AgreesFully()
    {
        Assert.Equal(1.0, GroupingAgreement.AdjustedRandIndex(["a", "a", "b", "b"], [7, 7, 3, 3]), 6);
        Assert.Equal(1.0, GroupingAgreement.Purity(["a", "a", "b", "b"], [7, 7, 3, 3]), 6);
    }

    [Fact]
    public void KnownExample_GivesItsPublishedValue()
    {
        // labels {0,0,0,1,1,1}, groups {0,0,1,1,2,2}: ARI 0.24242424… (as scikit-learn's adjusted_rand_score computes it).
        Assert.Equal(0.242424, GroupingAgreement.AdjustedRandIndex(["0", "0", "0", "1", "1", "1"], [0, 0, 1, 1, 2, 2]), 5);
        Assert.Equal(5.0 / 6, GroupingAgreement.Purity(["0", "0", "0", "1", "1", "1"], [0, 0, 1, 1, 2, 2]), 6);
    }

    [Fact]
    public void EverythingInOneGroup_IsNoBetterThanChance() =>
        Assert.Equal(0.0, GroupingAgreement.AdjustedRandIndex(["a", "a", "b", "b"], [1, 1, 1, 1]), 6);
}
