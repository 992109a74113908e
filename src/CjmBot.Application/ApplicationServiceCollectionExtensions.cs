using CjmBot.Application.Gate;
using CjmBot.Application.UseCases.Contributions;
using CjmBot.Application.UseCases.Contributors;
using CjmBot.Application.UseCases.Decisions;
using CjmBot.Application.UseCases.People;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Application.UseCases.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CjmBot.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The gate, the runner and one handler per use case. The host adds the repository and an <see cref="Effects.IEffectDispatcher"/>.</summary>
    public static IServiceCollection AddWorkshopApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Workshops.Retention.RetentionPolicy.KeepForever);
        services.AddSingleton<CardsBeingPosted>();
        services.AddSingleton<WorkshopGate>();
        services.AddSingleton<UseCaseRunner>();

        services.AddSingleton<IUseCase<OpenSetup>, OpenSetupHandler>();
        services.AddSingleton<IUseCase<ReplaceOwnCard>, ReplaceOwnCardHandler>();
        services.AddSingleton<IUseCase<StartWorkshop>, StartWorkshopHandler>();
        services.AddSingleton<IUseCase<CopyWorkshop>, CopyWorkshopHandler>();
        services.AddSingleton<IUseCase<AddCoFacilitators>, AddCoFacilitatorsHandler>();
        services.AddSingleton<IUseCase<MoveSession>, MoveSessionHandler>();
        services.AddSingleton<IUseCase<SetBlind>, SetBlindHandler>();
        services.AddSingleton<WorkshopDeletion>();
        services.AddSingleton<IUseCase<DeleteWorkshop>, DeleteWorkshopHandler>();
        services.AddSingleton<IUseCase<SetRetention>, SetRetentionHandler>();
        services.AddSingleton<IUseCase<ExpireWorkshop>, ExpireWorkshopHandler>();

        services.AddSingleton<IUseCase<RecordAnswer>, RecordAnswerHandler>();
        services.AddSingleton<IUseCase<NoteInsight>, NoteInsightHandler>();
        services.AddSingleton<IUseCase<ChangeLastAnswer>, ChangeLastAnswerHandler>();

        services.AddSingleton<IUseCase<ReadWorkshop>, ReadWorkshopHandler>();
        services.AddSingleton<IUseCase<ProposeThemes>, ProposeThemesHandler>();
        services.AddSingleton<IUseCase<ChangeThemes>, ChangeThemesHandler>();

        services.AddSingleton<IUseCase<SetVoting>, SetVotingHandler>();
        services.AddSingleton<IUseCase<CastBallot>, CastBallotHandler>();
        services.AddSingleton<IUseCase<AssignActionItems>, AssignActionItemsHandler>();
        services.AddSingleton<IUseCase<SaveConclusions>, SaveConclusionsHandler>();

        services.AddSingleton<IUseCase<SetRole>, SetRoleHandler>();
        services.AddSingleton<IUseCase<SetDeadline>, SetDeadlineHandler>();
        services.AddSingleton<IUseCase<InviteContributors>, InviteContributorsHandler>();
        services.AddSingleton<IUseCase<RecordInvitation>, RecordInvitationHandler>();
        services.AddSingleton<IUseCase<Contribute>, ContributeHandler>();
        services.AddSingleton<IUseCase<FinishContributing>, FinishContributingHandler>();
        services.AddSingleton<IUseCase<CloseContributions>, CloseContributionsHandler>();

        services.AddSingleton<IUseCase<AskToForgetMe>, AskToForgetMeHandler>();
        services.AddSingleton<IUseCase<ForgetMe>, ForgetMeHandler>();
        services.AddSingleton<IUseCase<AskToForgetParticipant>, AskToForgetParticipantHandler>();
        services.AddSingleton<IUseCase<ForgetParticipant>, ForgetParticipantHandler>();
        services.AddSingleton<IUseCase<ReadMyData>, ReadMyDataHandler>();
        return services;
    }
}
