using System.ComponentModel.DataAnnotations;
using CjmBot.Workshops.Retention;

namespace CjmBot.Bot.Scheduling;

/// <summary>How long closed workshops are kept (<c>Retention:*</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Days a closed workshop is kept before it is deleted with everything in it; 0 keeps closed workshops until a
    /// facilitator deletes them. A facilitator may set another period for their workshop (<c>retention</c>).
    /// </summary>
    [Range(0, RetentionPolicy.MaxDays)]
    public int ClosedWorkshopDays { get; set; }
}
