# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/caf-declaration.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: a declaração trimestral de rendimentos à Caf. Uma frase por linha.

caf-declaration-title = Caf: declarar os seus rendimentos de 3 em 3 meses

caf-declaration-1-title = Uma declaração de 3 em 3 meses
caf-declaration-1-text =
    Recebe o RSA (rendimento mínimo) ou a prime d'activité (apoio para quem trabalha)?
    Então, de 3 em 3 meses, declara os seus rendimentos à Caf (abonos de família).
    Os rendimentos são o dinheiro que recebe.
    Por exemplo, um salário, o subsídio de desemprego, uma pensão.
caf-declaration-1-image = Um calendário.
caf-declaration-1-tip =
    Faça a declaração logo que a Caf a pedir.
    Sem declaração, os seus pagamentos podem parar.

caf-declaration-2-title = Entrar em «Mon Compte» (a minha conta)
caf-declaration-2-text =
    No site caf.fr, toque em «Mon Compte» (a minha conta).
    Escolha entrar com os seus identificadores da Caf.
    Escreva o seu número de segurança social e a sua palavra-passe.
    O número são os 13 primeiros algarismos da sua carte Vitale (cartão de saúde).
    Toque no botão para entrar.
caf-declaration-2-image =
    Uma página do site da Caf.
    O botão «Mon Compte» está marcado com um círculo.
caf-declaration-2-caution = O verdadeiro site da Caf é caf.fr.

caf-declaration-3-title = Abrir a sua caixa de e-mail
caf-declaration-3-text =
    Depois, a Caf envia um código secreto de 6 algarismos por e-mail.
    Deixe a página da Caf aberta.
    Abra a sua caixa de e-mail numa nova página, ao lado.
    Abra o e-mail da Caf e tome nota do código.
caf-declaration-3-image = Um tabuleiro para arrumar o correio recebido.
caf-declaration-3-tip = Se a página da Caf fechar, volte a entrar desde o início.
caf-declaration-3-caution = O código só funciona durante 15 minutos.

caf-declaration-3b-title = Escrever o código
caf-declaration-3b-text =
    Volte à página da Caf.
    Escreva o código e depois confirme.
caf-declaration-3b-image = Uma chave.
caf-declaration-3b-tip =
    No telemóvel, pode usar a aplicação «Caf - Mon Compte».
    Ela reconhece a sua impressão digital ou a sua cara, sem código.
caf-declaration-3b-caution = Guarde este código só para si.

caf-declaration-4-title = Encontrar a declaração trimestral
caf-declaration-4-text =
    Na sua conta, procure a «déclaration trimestrielle» (declaração trimestral de rendimentos).
    Trimestral quer dizer de 3 em 3 meses.
    Toque na declaração para a começar.
caf-declaration-4-image = Uma folha e uma lupa.
caf-declaration-4-tip =
    Depende da MSA, a Mutualité sociale agricole (segurança social agrícola)?
    Então faça esta declaração com a MSA.

caf-declaration-5-title = Verificar os valores de cada mês
caf-declaration-5-text =
    A declaração mostra 3 meses, um depois do outro.
    Mostra o dinheiro recebido por cada pessoa do agregado familiar.
    O agregado familiar é você e as pessoas que vivem consigo.
    Os salários e os abonos já estão escritos.
    Compare-os com a linha «montant net social» (valor líquido social) dos seus recibos de vencimento.
    Se um valor estiver errado, corrija-o e envie uma prova.
caf-declaration-5-image = Uma folha com valores.

caf-declaration-6-title = Juntar o dinheiro que falta
caf-declaration-6-text =
    Algumas quantias faltam na declaração, por exemplo uma pensão de alimentos.
    É o dinheiro pago por um ex-marido ou ex-mulher, muitas vezes para os filhos.
    Também falta o dinheiro de um trabalho sem patrão.
    Escreva estas quantias no mês certo, para cada pessoa.
caf-declaration-6-image = Um lápis.
caf-declaration-6-tip =
    Declare também as pequenas quantias.
    Assim, evita ter de devolver dinheiro mais tarde.

caf-declaration-7-title = Confirmar e guardar a prova
caf-declaration-7-text =
    Leia outra vez os valores de cada mês.
    Toque no botão para confirmar a sua declaração.
    Um ecrã confirma que a Caf a recebeu.
    Guarde esta prova.
    Descarregue-a ou tire uma foto ao ecrã.
caf-declaration-7-image = Uma folha com um carimbo.

caf-declaration-8-title = Muito bem!
caf-declaration-8-text =
    A sua declaração destes 3 meses está feita.
    Vai fazê-la outra vez daqui a 3 meses, quando a Caf lhe pedir.
    Lembre-se: entrar, o código do e-mail, verificar, confirmar.
    Agora já sabe fazer a sua declaração trimestral.
    Sem internet, há outras formas, por telefone ou pessoalmente.
caf-declaration-8-image = Uma mão com o polegar para cima.
caf-declaration-8-caution = Guarde a sua palavra-passe e os seus códigos só para si, mesmo ao telefone.

caf-declaration-road-phone =
    Por telefone, ligue para a Caf, no 3230.
    A chamada custa o preço de uma chamada normal.
    Tenha à mão o seu «numéro d'allocataire» (número de beneficiário).
caf-declaration-road-in-person =
    Pessoalmente, vá ao atendimento da sua Caf, muitas vezes com marcação.
    Um espaço France Services também pode ajudar, de graça.
