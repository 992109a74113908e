namespace CjmBot.Workshops.Contributions;

/// <summary>Where an answer comes from: real data over assumptions.</summary>
public enum EvidenceSource
{
    SupportTickets,
    Reviews,
    Analytics,
    Interview,
    Experience,
}
