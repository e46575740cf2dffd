using System.Text;
using Mc2cm.ServiceDefaults.Grpc;
using ActionProto = Mc2cm.Contracts.Action.V1;
using CitiesProto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.BuildingBlocks.Tests.Api;

public sealed class NfcTextTests
{
    [Fact]
    public void Every_text_of_a_request_comes_out_in_nfc()
    {
        var request = new CitiesProto.CreateCityRequest
        {
            CityId = "fes",
            City = new CitiesProto.City
            {
                // "Fès" with its accent typed as a combining grave; Arabic with fatha after shadda (NFC puts fatha first).
                DisplayName = new() { En = "Fe\u0300s", Fr = "Fe\u0300s", Ar = "عَم\u0651\u064Eان" },
                CountryCode = "MA",
                FocalPoints = { new CitiesProto.FocalPoint { DisplayName = "Ame\u0301lie", Email = "amelie@example.org" } },
            },
        };

        NfcTextInterceptor.Normalize(request);

        Assert.Equal("Fès", request.City.DisplayName.En);
        Assert.Equal("Fès", request.City.DisplayName.Fr);
        Assert.Equal("Amélie", request.City.FocalPoints[0].DisplayName);
        Assert.Equal("عَم\u064E\u0651ان", request.City.DisplayName.Ar);
        Assert.True(request.City.DisplayName.Ar.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("fes", request.CityId);
    }

    [Fact]
    public void Repeated_texts_are_normalized_too()
    {
        var request = new ActionProto.AssignEvaluatorsRequest { Name = "applications/app-1", Evaluators = { "Jose\u0301", "evaluator-1" } };

        NfcTextInterceptor.Normalize(request);

        Assert.Equal(["José", "evaluator-1"], request.Evaluators);
    }

    [Fact]
    public void Text_in_nfc_already_is_left_as_it_is()
    {
        const string Amman = "عمّان";
        var request = new CitiesProto.CreateCityRequest { CityId = "amman", City = new() { DisplayName = new() { Ar = Amman } } };

        NfcTextInterceptor.Normalize(request);

        Assert.Same(Amman, request.City.DisplayName.Ar);
    }
}
