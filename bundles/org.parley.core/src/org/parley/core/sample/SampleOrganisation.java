package org.parley.core.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.CustomerGroup;
import org.parley.model.CustomerStage;
import org.parley.model.Member;
import org.parley.model.ParleyFactory;
import org.parley.model.Team;
import org.parley.model.TeamFunction;

/**
 * The sample's rows and columns of the conversation matrix: giffgaff's teams with their members,
 * and the customer groups they talk to, from prospects to advocates, candidates, press and partners.
 * People are fictional; their addresses use the reserved {@code .example} domain.
 */
final class SampleOrganisation {

    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, CustomerGroup> groups = new LinkedHashMap<>();

    SampleOrganisation() {
        addTeams();
        addGroups();
    }

    private void addTeams() {
        team("service", "Help & support", TeamFunction.CUSTOMER_SERVICE,
                "amira-khan", "Amira Khan", "Head of member support",
                "tom-baker", "Tom Baker", "Social care lead",
                "claire-dubois", "Claire Dubois", "Bilingual support agent");
        team("marketing", "Brand marketing", TeamFunction.MARKETING,
                "jess-owens", "Jess Owens", "Marketing director",
                "liam-carter", "Liam Carter", "Social media manager",
                "sophie-martin", "Sophie Martin", "Content editor (French)");
        team("product", "Network & product", TeamFunction.PRODUCT,
                "raj-patel", "Raj Patel", "Product owner, goodybags",
                "hannah-lee", "Hannah Lee", "Network communications engineer");
        team("careers", "People & careers", TeamFunction.HR_RECRUITING,
                "nadia-roberts", "Nadia Roberts", "Talent acquisition lead",
                "ben-hughes", "Ben Hughes", "Employer brand partner");
        team("community", "Community", TeamFunction.COMMUNITY,
                "ellie-morgan", "Ellie Morgan", "Community manager",
                "sam-wright", "Sam Wright", "Community moderator",
                "lucas-bernard", "Lucas Bernard", "Community moderator (French)");
        team("press", "Press office", TeamFunction.COMMUNICATION_PR,
                "olivia-grant", "Olivia Grant", "Head of communications",
                "marc-lefevre", "Marc Lefèvre", "PR officer");
        team("sales", "Sales & partnerships", TeamFunction.SALES,
                "daniel-evans", "Daniel Evans", "Partnerships manager",
                "priya-shah", "Priya Shah", "Sales lead, refurbished phones");
    }

    private void addGroups() {
        group("prospects", "Switchers", CustomerStage.PROSPECT,
                "People on Sky, Virgin Media or another network who think about switching.");
        group("members", "Members", CustomerStage.CUSTOMER,
                "Paying members with a goodybag or a refurbished phone.");
        group("french-members", "Membres francophones", CustomerStage.CUSTOMER,
                "French-speaking members: students and workers from France living in the UK, and travellers to France.");
        group("fans", "Fans", CustomerStage.FAN, "People who follow giffgaff and like what it posts.");
        group("lovers", "Loyal members", CustomerStage.LOVER,
                "Members for years who renew without looking elsewhere.");
        group("advocates", "Community helpers", CustomerStage.ADVOCATE,
                "Members who answer other members' questions in the community and earn payback.");
        group("candidates", "Candidates", CustomerStage.CANDIDATE, "People who may want to work at giffgaff.");
        group("press", "Press & influencers", CustomerStage.PRESS_INFLUENCER,
                "Telecom journalists, tech reviewers and creators.");
        group("partners", "Partners", CustomerStage.PARTNER, "Brands in the members' perks programme, such as Starbucks.");
    }

    Team team(String key) {
        return SampleBrands.required(teams, key);
    }

    Member member(String key) {
        return SampleBrands.required(members, key);
    }

    CustomerGroup group(String key) {
        return SampleBrands.required(groups, key);
    }

    List<Team> teams() {
        return List.copyOf(teams.values());
    }

    List<CustomerGroup> groups() {
        return List.copyOf(groups.values());
    }

    /** Members are given as triples of key, name and role. */
    private void team(String key, String name, TeamFunction function, String... memberTriples) {
        Team team = SampleIds.identify(ParleyFactory.eINSTANCE.createTeam(), "team/" + key);
        team.setName(name);
        team.setFunction(function);
        for (int i = 0; i < memberTriples.length; i += 3) {
            team.getMembers().add(member(memberTriples[i], memberTriples[i + 1], memberTriples[i + 2]));
        }
        teams.put(key, team);
    }

    private Member member(String key, String name, String role) {
        Member member = SampleIds.identify(ParleyFactory.eINSTANCE.createMember(), "member/" + key);
        member.setName(name);
        member.setRole(role);
        member.setEmail(key.replace('-', '.') + "@giffgaff.example");
        members.put(key, member);
        return member;
    }

    private void group(String key, String name, CustomerStage stage, String description) {
        CustomerGroup group = SampleIds.identify(ParleyFactory.eINSTANCE.createCustomerGroup(), "group/" + key);
        group.setName(name);
        group.setStage(stage);
        group.setDescription(description);
        groups.put(key, group);
    }
}
