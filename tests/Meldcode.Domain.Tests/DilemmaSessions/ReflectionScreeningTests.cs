using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class ReflectionScreeningTests
{
    [Theory]
    [InlineData("Ik sprak met Fatima over wat ze had gezien.")]
    [InlineData("Ik sprak met Fatima.")]
    [InlineData("Dat deed ik ook bij Kevin, en het hielp.")]
    [InlineData("Mijn collega Jan-Willem zou meteen bellen.")]
    [InlineData("Toen zei ik: nee. Daarna belde Noor haar moeder.")]
    [InlineData("Het kind van de Vries zat in mijn klas.")]
    [InlineData("Wij hebben dat bij O’Brien ook gezien.")]
    [InlineData("Ik heb het besproken met Ümit.")]
    public void A_capitalised_word_inside_a_sentence_looks_like_a_name(string text)
    {
        Assert.Equal(PersonalDetailHint.Name, ReflectionScreening.Screen(text));
    }

    [Theory]
    [InlineData("Ik heb het met L. besproken.")]
    [InlineData("L. de Vries zou het anders doen.")]
    [InlineData("Ik belde met L.J. over dit kind.")]
    [InlineData("Het gaat om M.")]
    public void An_initial_alone_or_with_a_surname_is_flagged(string text)
    {
        Assert.Equal(PersonalDetailHint.Name, ReflectionScreening.Screen(text));
    }

    [Theory]
    [InlineData("Dit deed juf Anke ook.")]
    [InlineData("meneer Bakker zou het melden.")]
    [InlineData("Ik zou meneer de Wit bellen.")]
    [InlineData("Ik zou mevrouw van der Berg vragen.")]
    [InlineData("Dat vertelde mw. Jansen.")]
    [InlineData("Dat vertelde dhr. Yilmaz.")]
    [InlineData("Het kind woont bij oma Truus.")]
    [InlineData("Vraag het aan Meester Ahmed.")]
    public void A_title_before_a_name_looks_like_a_name(string text)
    {
        Assert.Equal(PersonalDetailHint.Name, ReflectionScreening.Screen(text));
    }

    [Theory]
    [InlineData("Ik zou eerst met de juf overleggen.")]
    [InlineData("de meester moet het opschrijven.")]
    [InlineData("Oma zegt dat het mag, maar de moeder niet.")]
    [InlineData("De oma van het kind was er ook bij.")]
    [InlineData("Meneer is de vader, dus hij mag het weten.")]
    public void A_title_without_a_name_is_not_a_name(string text)
    {
        Assert.Equal(PersonalDetailHint.None, ReflectionScreening.Screen(text));
    }

    [Theory]
    [InlineData("Het gebeurde op 12-03.")]
    [InlineData("Het gebeurde op 12/03/2025 na school.")]
    [InlineData("Het gebeurde op 1.4.25.")]
    [InlineData("Op 3 maart zag ik het weer.")]
    [InlineData("op 14 feb was ze er niet")]
    [InlineData("Dat was op 1 MEI.")]
    [InlineData("Het speelde al in 2024.")]
    [InlineData("sinds 1998 niet meer")]
    [InlineData("Dat was in schooljaar 2024-2025.")]
    public void A_date_or_a_year_is_flagged_as_a_date(string text)
    {
        Assert.Equal(PersonalDetailHint.Date, ReflectionScreening.Screen(text));
    }

    [Theory]
    [InlineData("Het gezin woont in 1234 AB.")]
    [InlineData("postcode 1234AB, vlak bij school")]
    [InlineData("Het gezin woont aan de Lindelaan 12.")]
    [InlineData("Ze woont op kerkstraat 3a.")]
    [InlineData("Ze wonen op de Hoofdweg 120, boven de bakker.")]
    [InlineData("op het Marktplein 4")]
    public void A_postcode_or_a_street_with_a_number_is_flagged_as_an_address(string text)
    {
        Assert.True(ReflectionScreening.Screen(text).HasFlag(PersonalDetailHint.Address));
    }

    [Fact]
    public void A_reflection_can_carry_every_hint_at_once()
    {
        var hints = ReflectionScreening.Screen("Ik zag Fatima op 3 maart aan de Lindelaan 12.");

        Assert.Equal(PersonalDetailHint.Name | PersonalDetailHint.Date | PersonalDetailHint.Address, hints);
    }

    [Theory]
    [InlineData("Ik zou eerst overleggen met de aandachtsfunctionaris.")]
    [InlineData("ik vind het lastig om dit te bespreken met ouders")]
    [InlineData("Beloven kan niet. Je moet eerlijk zijn over wat je gaat doen.")]
    [InlineData("Eerst overleggen! Daarna pas bellen.")]
    [InlineData("Wat zou jij doen? Ik zou het opschrijven.")]
    [InlineData("Let op: Dit is geen onderzoek.")]
    [InlineData("Ik zou Veilig Thuis bellen voor advies.")]
    [InlineData("Overleg met Veilig Thuis. Zij weten meer.")]
    [InlineData("Bij VGV bel je altijd Veilig Thuis.")]
    [InlineData("De GGD kan hier ook bij helpen.")]
    [InlineData("Een GGD-arts kan meekijken.")]
    [InlineData("Ik volg de GGD’s richtlijn.")]
    [InlineData("Dat heb ik al 3 keer gezien.")]
    [InlineData("Het kind is 9 jaar en zit in groep 6.")]
    [InlineData("Het gesprek duurde 20 minuten, met 2 collega's erbij.")]
    [InlineData("Volgens de Meldcode moet je overleggen.")]
    [InlineData("In Nederland geldt de meldcode voor iedereen.")]
    [InlineData("Ik twijfelde… Misschien zou ik eerst overleggen.")]
    [InlineData("Ik zou zeggen: “Dat kan ik niet beloven.” Daarna leg ik uit wat ik ga doen.")]
    [InlineData("Ik zou zeggen: \"Dat kan ik niet beloven.\" Daarna leg ik uit wat ik ga doen.")]
    [InlineData("(Dit is lastig.) Toch moet je melden.")]
    [InlineData("Ik zou zeggen: “Ik help je.”")]
    [InlineData("Bel 0800-2000 of 112 bij direct gevaar.")]
    [InlineData("Veilig Thuis is dag en nacht bereikbaar op 0800-2000.")]
    [InlineData("Stap 1: signalen in kaart brengen.")]
    [InlineData("Stap 2. Overleg met een collega.")]
    [InlineData("Dit is een gewone reflectie\nOp een nieuwe regel.")]
    public void An_ordinary_reflection_is_not_held_back(string text)
    {
        Assert.Equal(PersonalDetailHint.None, ReflectionScreening.Screen(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Nothing_is_nothing(string? text)
    {
        Assert.Equal(PersonalDetailHint.None, ReflectionScreening.Screen(text));
    }
}
