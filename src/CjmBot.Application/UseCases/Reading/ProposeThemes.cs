using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;

namespace CjmBot.Application.UseCases.Reading;

/// <summary><c>themes [lane]</c>: proposes themes for one lane's answers (all stages) per segment of the active workshop, for facilitators.</summary>
public sealed record ProposeThemes(Origin Origin, QuestionKey Lane) : IRequest
{
    public Access Access => Access.Facilitator();
}

/// <summary>The themes per segment, in the frame's order: accepted ones as stored, suggestions and proposals recomputed on every request.</summary>
public sealed record ThemesProposed(WorkshopFrame Frame, QuestionKey Lane, IReadOnlyList<SegmentThemes> Segments) : Outcome
{
    public bool HasAnswers => Segments.Any(segment => segment.AnswerCount > 0);
}

public sealed class ProposeThemesHandler(IWorkshopRepository repository) : IUseCase<ProposeThemes>
{
    public async Task<Outcome> HandleAsync(ProposeThemes request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var workshop = await repository.LoadAsync(admission.Workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return WorkshopGone.Instance;
        }

        var segments = workshop.Frame.Segments.Select(segment => ThemeBoards.For(workshop, segment, request.Lane)).ToList();
        return new ThemesProposed(workshop.Frame, request.Lane, segments);
    }
}
